"""link.corpus: new people linked across documents by name and context, on nine real
10kGNAD articles (tests/data/link_xdoc_articles.jsonl), through ``newsgraph ingest``'s path
(nlp with the shipped NER model, link.mentions, then the corpus component)."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest

from newsgraph.config import load
from newsgraph.eval.xdoc import article_ids
from newsgraph.eval.xdoc import main as eval_xdoc
from newsgraph.link import kb
from newsgraph.model import Actor, Analysis, Article, Event, Mention, Source, SourceKind, Span
from newsgraph.pipeline import Pipeline, ingest
from newsgraph.store.duckdb_store import DuckDBStore

DATA = Path(__file__).with_name("data")
ARTICLES = [json.loads(x) for x in (DATA / "link_xdoc_articles.jsonl").read_text("utf-8").splitlines() if x.strip()]


def _pipeline(corpus: bool = True) -> Pipeline:
    cfg = copy.deepcopy(load())
    cfg["pipeline"] = {"components": ["link.mentions"], "corpus_components": ["link.corpus"] if corpus else []}
    return Pipeline(cfg)


def _csv(tmp: Path, rows: list[dict], name: str = "gnad.csv") -> Path:
    p = tmp / name
    p.write_text("".join(r["line"] + "\n" for r in rows), "utf-8")
    return p


def _ids(store) -> dict[tuple[str, str], set[str]]:
    """(article id, mention text) -> entity ids, for PER mentions."""
    out: dict[tuple[str, str], set[str]] = {}
    for r in store.query("SELECT article_id, text, entity_id FROM mentions WHERE type = 'PER'"):
        out.setdefault((r["article_id"], r["text"]), set()).add(r["entity_id"])
    return out


@pytest.fixture(scope="module")
def linked(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("xdoc")
    csv = _csv(tmp, ARTICLES)
    st = DuckDBStore(":memory:")
    ingest([csv], st, pipeline=_pipeline())
    by_row = {a["row"]: aid for a, aid in zip(ARTICLES, article_ids(csv), strict=True)}
    yield st, by_row
    st.close()


def _eid(linked, row: int, text: str) -> str:
    st, by_row = linked
    found = _ids(st).get((by_row[row], text), set())
    assert len(found) == 1, (row, text, found)
    return next(iter(found))


def test_bare_surname_takes_the_full_name_with_shared_context(linked):
    ids = linked
    marcel = _eid(ids, 404, "Marcel Koller")
    assert marcel not in kb()
    assert _eid(ids, 929, "Koller") == marcel  # "Teamchef Koller" in a match report
    assert _eid(ids, 302, "Andreas Koller") != marcel  # a Presserat member
    andreas = _eid(ids, 555, "Andreas Ulmer")
    assert _eid(ids, 800, "Ulmer") == andreas  # Salzburg's line-up
    assert _eid(ids, 667, "Jason Ulmer") != andreas  # an ice hockey player


def test_same_surname_different_given_names_never_merge(linked):
    ids = linked
    josef = _eid(ids, 214, "Josef Pröll")
    assert _eid(ids, 32, "Josef Pröll") == josef
    assert _eid(ids, 47, "Erwin Pröll") != josef
    names = {r["id"]: r["name"] for r in linked[0].query("SELECT id, name FROM entities")}
    assert names[_eid(ids, 929, "Koller")] == "Marcel Koller"  # the group keeps its full name


def test_same_ids_whatever_the_ingest_order(tmp_path, linked):
    # one article per ingest call, in reverse: link.corpus runs nine times on a growing store
    st = DuckDBStore(":memory:")
    p = _pipeline()
    for i, row in enumerate(reversed(ARTICLES)):
        ingest([_csv(tmp_path, [row], f"a{i}.csv")], st, pipeline=p)
    assert _ids(st) == _ids(linked[0])
    st.close()


def test_relink_entities_rewrites_records_of_the_given_articles_only():
    st = DuckDBStore(":memory:")
    analyses = []
    for aid in ("a1", "a2"):
        art = Article(id=aid, text="Koller sagte, Koller habe recht.")
        sp = Span(start=0, end=6, text="Koller")
        analyses.append(Analysis(
            article=art,
            mentions=[Mention(id=f"m{aid}", article_id=aid, span=sp, type="PER", entity_id="ent_old")],
            sources=[Source(id=f"s{aid}", article_id=aid, kind=SourceKind.person, name="Koller", span=sp, entity_id="ent_old")],
            events=[Event(id=f"e{aid}", article_id=aid, type="CONSULT", span=Span(start=0, end=10),
                          source_actor=Actor(span=sp, name="Koller", entity_id="ent_old"),
                          location=Actor(name="Wien", entity_id="ent_old"))],
        ))
    st.put_analyses(analyses)
    from newsgraph.model import Entity

    n = st.relink_entities({"a1": {"ent_old": "ent_new"}}, [Entity(id="ent_new", name="Marcel Koller", type="PER")])
    assert n == 3  # mention, source, event
    a1, a2 = st.get_analysis("a1"), st.get_analysis("a2")
    assert a1.mentions[0].entity_id == "ent_new" and a1.sources[0].entity_id == "ent_new"
    assert a1.events[0].source_actor.entity_id == a1.events[0].location.entity_id == "ent_new"
    assert a2.mentions[0].entity_id == "ent_old"
    cols = st.query("SELECT entity_id FROM mentions WHERE article_id = 'a1'")  # promoted column too
    assert cols == [{"entity_id": "ent_new"}]
    assert st.query("SELECT source_entity FROM events WHERE article_id = 'a1'") == [{"source_entity": "ent_new"}]
    assert st.query("SELECT name FROM entities WHERE id = 'ent_new'") == [{"name": "Marcel Koller"}]
    st.close()


def test_eval_xdoc_prints_scores(tmp_path, capsys):
    corpus = _csv(tmp_path, ARTICLES)
    row = {a["row"]: i for i, a in enumerate(ARTICLES)}  # rows of the small CSV
    gold = tmp_path / "pairs.jsonl"
    pairs = [((929, "Koller"), (404, "Marcel Koller"), True), ((800, "Ulmer"), (555, "Andreas Ulmer"), True),
             ((929, "Koller"), (302, "Andreas Koller"), False), ((47, "Erwin Pröll"), (214, "Josef Pröll"), False)]
    gold.write_text("".join(json.dumps({"a": {"row": row[a[0]], "name": a[1]}, "b": {"row": row[b[0]], "name": b[1]},
                                        "same": s, "note": ""}) + "\n" for a, b, s in pairs), "utf-8")
    assert eval_xdoc([str(gold), "--store", str(tmp_path / "x.duckdb"), "--corpus", str(corpus)]) == 0
    out = capsys.readouterr().out
    before, after = (re.search(rf"{label}: precision ([\d.]+)  recall ([\d.]+)", out).groups()
                     for label in ("link.mentions only", "with link.corpus"))
    assert float(before[1]) < 1.0  # one id per spelling: bare surnames stay apart
    assert after == ("1.000", "1.000")
