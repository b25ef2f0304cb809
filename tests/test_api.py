"""The HTTP API on a store holding the seed article with hand-placed records (see serve_records)."""

from __future__ import annotations

import copy
import io
import re

import pytest
from fastapi.testclient import TestClient

from newsgraph.config import load as load_config
from newsgraph.pipeline import Pipeline
from newsgraph.serve.app import create_app
from newsgraph.store import open_store

from .serve_records import COUNTER, SEED, STORY_ID, fill


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("api") / "api.duckdb")
    fx = fill(store)
    cfg = copy.deepcopy(load_config())
    cfg["serve"]["max_upload_bytes"] = 200_000
    # the nlp pass only: these tests are about the API, not about what extractors find
    cfg["pipeline"] = {"components": [], "corpus_components": []}
    client = TestClient(create_app(store, cfg, pipeline=Pipeline(cfg)))
    yield client, fx, store
    store.close()


def ok(client, url, **params):
    r = client.get(url, params=params)
    assert r.status_code == 200, (url, r.status_code, r.text[:300])
    return r.json()


def test_search_articles_full_text_and_filters(world):
    client, fx, _ = world
    seed, counter = fx["seed"].article, fx["counter"].article
    page = ok(client, "/api/articles", q="selenskyj")
    assert {a["id"] for a in page["items"]} == {seed.id, counter.id}
    assert all("selenskyj" in a["snippet"].lower() for a in page["items"])
    assert ok(client, "/api/articles", q="Selenskyj", outlet="kiew kurier")["total"] == 1
    assert ok(client, "/api/articles", language="de", date_from="2024-12-22", date_to="2024-12-22")["items"][0]["id"] == counter.id
    assert {a["id"] for a in ok(client, "/api/articles", entity="ent_putin")["items"]} == {seed.id}
    # % and _ are literal characters, not wildcards
    assert ok(client, "/api/articles", q="%")["total"] == 0
    assert ok(client, "/api/articles", q="US-Politik")["total"] == 1


def test_pagination(world):
    client, _, _ = world
    first = ok(client, "/api/articles", limit=1, offset=0)
    second = ok(client, "/api/articles", limit=1, offset=1)
    assert first["total"] == second["total"] == 3
    assert first["items"][0]["id"] != second["items"][0]["id"]
    assert ok(client, "/api/articles", limit=2, offset=50)["items"] == []


def test_article_with_all_records_and_chain(world):
    client, fx, _ = world
    seed = fx["seed"]
    view = ok(client, f"/api/articles/{seed.article.id[:12]}")  # a unique prefix works like in the CLI
    a = view["analysis"]
    assert a["article"]["id"] == seed.article.id
    assert len(a["claims"]) == len(seed.claims) and len(a["events"]) == len(seed.events)
    text = a["article"]["text"]
    for c in a["claims"]:
        assert text[c["message"]["start"]:c["message"]["end"]] == c["message"]["text"]
    assert [s["id"] for s in view["stories"]] == [STORY_ID]
    # the contradiction was raised on the other article and points here
    assert [f["kind"] for f in view["related_flags"]] == ["contradiction"]

    nodes = {n["id"]: n for n in view["chain"]["nodes"]}
    parent = {e["target"]: e["source"] for e in view["chain"]["edges"]}
    officials = next(c for c in seed.claims if c.speaker.text.startswith("Mit den Diskussionen"))
    path = [officials.id]
    while path[-1] in parent:
        path.append(parent[path[-1]])
    assert [nodes[p]["label"] for p in reversed(path)][:3] == ["RT DE", "Washington Post", "Mit den Diskussionen vertraute Beamte"]
    assert [nodes[p]["level"] for p in reversed(path)] == [0, 1, 2, 3]
    assert ok(client, f"/api/articles/{seed.article.id}/chain") == view["chain"]


def test_claims_by_speaker_entity_and_source_chain(world):
    client, fx, _ = world
    by_putin = ok(client, "/api/claims", entity="ent_putin")["items"]
    assert [c["claim"]["speaker"]["text"] for c in by_putin] == ["der russische Präsident Wladimir Putin"]
    via_wapo = ok(client, "/api/claims", source="washington post")["items"]
    expected = [c.id for c in fx["seed"].claims if any("wapo" in s for s in c.chain)]
    assert sorted(c["claim"]["id"] for c in via_wapo) == sorted(expected) and len(expected) == 3
    assert all("Washington Post" in c["chain_names"] for c in via_wapo)
    about = ok(client, "/api/claims", about="ent_ukraine")["items"]
    assert about and all("Ukraine" in c["claim"]["message"]["text"] for c in about)
    assert ok(client, "/api/claims", speaker="Sprecher")["items"][0]["outlet"] == "Kiew Kurier"
    assert {c["claim"]["mode"] for c in ok(client, "/api/claims", mode="Direct")["items"]} == {"Direct"}


def test_events_filters(world):
    client, fx, _ = world
    consult = ok(client, "/api/events", type="consult")["items"]
    assert len(consult) == 2 and {e["event"]["type"] for e in consult} == {"CONSULT"}
    assert [e["event"]["date"] for e in ok(client, "/api/events", date_from="2024-12-19", date_to="2024-12-19")["items"]] == ["2024-12-19"]
    assert [e["event"]["modality"] for e in ok(client, "/api/events", modality="considered")["items"]] == ["considered"]
    assert {e["event"]["type"] for e in ok(client, "/api/events", actor="Rutte")["items"]} == {"CONSULT"}
    both = ok(client, "/api/events", actor="ent_ukraine")["items"]
    assert {e["outlet"] for e in both} == {"RT DE", "Kiew Kurier"}


def test_entities_with_variants_and_counts(world):
    client, _, _ = world
    seed_text, counter_text = SEED.read_text("utf-8"), COUNTER
    ent = ok(client, "/api/entities", q="Selenskyj")["items"][0]
    assert ent["entity"]["id"] == "ent_selenskyj"
    # "Selenskyj" alone, not inside "Wladimir/Wolodymyr Selenskyj", counted independently of the fixture code
    alone = sum(len(re.findall(r"(?<!Wladimir )(?<!Wolodymyr )\bSelenskyj\b", t)) for t in (seed_text, counter_text))
    variants = {v["text"]: v["count"] for v in ent["variants"]}
    assert variants["Selenskyj"] == alone
    assert ent["mentions"] == sum(c for c in variants.values()) and ent["articles"] == 2
    view = ok(client, "/api/entities/ent_selenskyj")
    assert {(m["outlet"], m["published"]) for m in view["timeline"]} == {("RT DE", "2024-12-21"), ("Kiew Kurier", "2024-12-22")}
    assert sum(m["count"] for m in view["timeline"]) == ent["mentions"]
    assert {c["outlet"] for c in view["claims_by"]} == {"RT DE", "Kiew Kurier"}
    about_ukraine = ok(client, "/api/entities/ent_ukraine")["claims_about"]
    assert about_ukraine and all("Ukraine" in c["claim"]["message"]["text"] for c in about_ukraine)


def test_story_with_outlets_timeline_and_contradiction(world):
    client, fx, _ = world
    view = ok(client, f"/api/stories/{STORY_ID}")
    assert {a["outlet"] for a in view["articles"]} == {"RT DE", "Kiew Kurier"}
    dates = [e["event"]["date"] for e in view["events"]]
    assert dates == sorted(dates) and len(dates) == 4
    (flag,) = view["flags"]
    f = flag["flag"]
    texts = {fx["seed"].article.id: fx["seed"].article.text, fx["counter"].article.id: fx["counter"].article.text}
    assert texts[f["article_id"]][f["span"]["start"]:f["span"]["end"]] == f["span"]["text"]
    assert texts[f["other_article_id"]][f["other_span"]["start"]:f["other_span"]["end"]] == f["other_span"]["text"]
    assert flag["other_outlet"] == "RT DE"
    assert ok(client, "/api/stories", article_id=fx["counter"].article.id)["total"] == 1


def test_flags_and_search(world):
    client, fx, _ = world
    kinds = {r["flag"]["kind"] for r in ok(client, "/api/flags", article_id=fx["seed"].article.id, limit=50)["items"]}
    assert kinds == {"glued_sentence", "off_topic", "contradiction"}
    res = ok(client, "/api/search", q="Putin")
    assert res["articles"]["total"] == 1 and res["entities"]["items"][0]["entity"]["id"] == "ent_putin"
    assert res["claims"]["items"][0]["claim"]["speaker"]["text"].endswith("Putin")


@pytest.mark.parametrize("url,params,status", [
    ("/api/articles", {"limit": 0}, 422),
    ("/api/articles", {"limit": 10_000}, 422),
    ("/api/articles", {"offset": -1}, 422),
    ("/api/articles", {"date_from": "21.12.2024x"}, 422),
    ("/api/claims", {"certainty": "sure"}, 422),
    ("/api/events", {"modality": "maybe"}, 422),
    ("/api/search", {}, 422),
    ("/api/articles/art_doesnotexist", {}, 404),
    ("/api/entities/nobody", {}, 404),
    ("/api/stories/none", {}, 404),
])
def test_bad_input_is_a_clear_4xx(world, url, params, status):
    client, _, _ = world
    r = client.get(url, params=params)
    assert r.status_code == status
    assert r.json()["detail"]


def test_ingest_json_then_read_back(world):
    client, _, _ = world
    text = SEED.read_text("utf-8").replace("Washington Post", "New York Times")  # a different article
    r = client.post("/api/ingest/json", json={"articles": [{"text": text, "outlet": "Test", "language": "de",
                                                            "published": "2024-12-21"}]})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["stored"] == 1 and len(body["article_ids"]) == 1
    view = ok(client, f"/api/articles/{body['article_ids'][0]}")
    assert view["analysis"]["article"]["outlet"] == "Test"
    assert len(view["analysis"]["sentences"]) > 10  # the nlp pass ran
    again = client.post("/api/ingest/json", json={"articles": [{"text": text, "outlet": "Test", "language": "de"}]}).json()
    assert again["stored"] == 0 and again["skipped"] == 1 and again["article_ids"] == body["article_ids"]
    short = client.post("/api/ingest/json", json={"articles": [{"text": "zu kurz"}]})
    assert short.status_code == 422 and "empty" in short.text
    assert client.post("/api/ingest/json", json={"articles": []}).status_code == 422
    assert client.post("/api/ingest/json", content=b"{not json", headers={"content-type": "application/json"}).status_code == 422


def test_ingest_html_and_upload(world):
    client, _, _ = world
    paras = [p for p in SEED.read_text("utf-8").split(". ") if len(p) > 60][:8]
    html = ("<html><head><title>Truppen für die Ukraine</title></head><body><nav>Menü</nav><article><h1>Truppen für die Ukraine</h1>"
            + "".join(f"<p>{p}.</p>" for p in paras) + "</article><footer>Impressum</footer></body></html>")
    r = client.post("/api/ingest/html", json={"html": html, "url": "https://example.org/a", "language": "de"})
    assert r.status_code == 200, r.text
    art = ok(client, f"/api/articles/{r.json()['article_ids'][0]}")["analysis"]["article"]
    assert paras[1] in art["text"] and "Impressum" not in art["text"]

    data = SEED.read_text("utf-8").replace("Freitag", "Samstag").encode("utf-8")
    r = client.post("/api/ingest/upload", files={"file": ("../../etc/seed.txt", io.BytesIO(data), "text/plain")},
                    data={"language": "de", "outlet": "Upload"})
    assert r.status_code == 200, r.text
    art = ok(client, f"/api/articles/{r.json()['article_ids'][0]}")["analysis"]["article"]
    assert art["outlet"] == "Upload" and "Samstag" in art["text"] and art["source_path"] == "upload:seed.txt"

    big = client.post("/api/ingest/upload", files={"file": ("big.txt", io.BytesIO(b"x" * 300_000), "text/plain")})
    assert big.status_code == 413
    bad_lang = client.post("/api/ingest/upload", files={"file": ("a.txt", io.BytesIO(data), "text/plain")},
                           data={"language": "<script>"})
    assert bad_lang.status_code == 422


def test_body_limit_counts_bytes_without_content_length(world):
    client, _, _ = world

    def chunks():
        for _ in range(30):
            yield b"x" * 10_000

    r = client.post("/api/ingest/json", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_read_only_refuses_ingest(world):
    _, _, store = world
    client = TestClient(create_app(store, load_config(), read_only=True))
    r = client.post("/api/ingest/json", json={"articles": [{"text": SEED.read_text("utf-8")}]})
    assert r.status_code == 403
    assert client.get("/api/health").status_code == 200


def test_ui_served_with_security_headers(world):
    client, _, _ = world
    r = client.get("/")
    assert r.status_code == 200 and '<script type="module" src="/static/js/main.js">' in r.text
    assert "script-src 'self'" in r.headers["content-security-policy"]
    js = client.get("/static/js/article.js").text
    assert "innerHTML" not in js  # article text is only ever set as text
    schema = ok(client, "/openapi.json")
    assert {"/api/articles", "/api/claims", "/api/events", "/api/entities", "/api/stories", "/api/flags",
            "/api/ingest/upload"} <= set(schema["paths"])


def check_graph(chain: dict, claims: list[dict]) -> None:
    nodes = {n["id"]: n for n in chain["nodes"]}
    assert len(nodes) == len(chain["nodes"])
    roots = [n for n in nodes.values() if n["level"] == 0]
    assert len(roots) == 1 and roots[0]["kind"] == "outlet"
    incoming: dict[str, int] = {}
    for e in chain["edges"]:
        assert e["source"] in nodes and e["target"] in nodes
        incoming[e["target"]] = incoming.get(e["target"], 0) + 1
        if nodes[e["target"]]["kind"] != "claim":
            assert nodes[e["target"]]["level"] == nodes[e["source"]]["level"] + 1
    assert all(n == 1 for n in incoming.values())  # a tree: one way up from every node
    assert {n for n in nodes if n != roots[0]["id"]} == set(incoming)
    assert {c["id"] for c in claims} == {n["id"] for n in nodes.values() if n["kind"] == "claim"}


def test_chain_survives_a_cycle_in_parent_ids():
    from newsgraph.serve.chain import source_graph

    from .serve_records import seed_analysis

    a = seed_analysis()
    wapo = next(s for s in a.sources if s.name == "Washington Post")
    wapo.parent_id = next(s.id for s in a.sources if s.name.startswith("Mit den Diskussionen"))
    check_graph(source_graph(a).model_dump(), [c.model_dump() for c in a.claims])


def test_default_pipeline_output_is_served(tmp_path):
    """Whatever the configured extractors find in the seed today, the API serves it consistently."""
    store = open_store(tmp_path / "real.duckdb")
    cfg = load_config()
    client = TestClient(create_app(store, cfg, pipeline=Pipeline(cfg)))
    r = client.post("/api/ingest/json", json={"articles": [{"text": SEED.read_text("utf-8"), "outlet": "RT DE",
                                                            "language": "de", "published": "2024-12-21"}]})
    assert r.status_code == 200, r.text
    aid = r.json()["article_ids"][0]
    view = ok(client, f"/api/articles/{aid}")
    a = view["analysis"]
    check_graph(view["chain"], a["claims"])
    assert ok(client, "/api/claims", article_id=aid, limit=200)["total"] == len(a["claims"])
    assert ok(client, "/api/events", article_id=aid, limit=200)["total"] == len(a["events"])
    linked = [m for m in a["mentions"] if m["entity_id"]]
    ents = ok(client, "/api/entities", limit=200)
    assert sum(e["mentions"] for e in ents["items"]) == len(linked)
    for e in ents["items"][:3]:
        assert ok(client, f"/api/entities/{e['entity']['id']}")["summary"]["mentions"] == e["mentions"]
    store.close()
