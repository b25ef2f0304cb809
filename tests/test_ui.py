"""The web UI in a real browser: Debian's Chromium driven by Playwright against `newsgraph serve`.

The server is the real command in a subprocess on a free localhost port, over a store holding
the seed article with hand-placed records, a counter-report and an article full of markup.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from newsgraph.store import open_store

from .serve_records import SEED, fill

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

sync_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian chromium not installed (.ci/run installs it)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("ui") / "ui.duckdb"
    store = open_store(path)
    fx = fill(store)
    store.close()  # the server opens the file itself
    port = _free_port()
    log = open(path.with_suffix(".log"), "w")
    # ingest from the UI runs the nlp pass only: the extractors are not what these tests are about
    user_cfg = path.with_name("serve.toml")
    user_cfg.write_text("[pipeline]\ncomponents = []\ncorpus_components = []\n", "utf-8")
    env = {**os.environ, "NEWSGRAPH_CONFIG": str(user_cfg)}
    proc = subprocess.Popen([sys.executable, "-m", "newsgraph.cli", "serve", "--store", str(path), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=log, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}/"
    deadline = time.time() + 30
    while True:
        try:
            urllib.request.urlopen(base + "api/health", timeout=1)
            break
        except OSError:
            if proc.poll() is not None or time.time() > deadline:
                proc.kill()
                raise RuntimeError(f"newsgraph serve did not start: {path.with_suffix('.log').read_text()}") from None
            time.sleep(0.2)
    yield base, fx
    proc.terminate()
    proc.wait(timeout=10)
    log.close()


@pytest.fixture(scope="module")
def browser_context(tmp_path_factory):
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(str(profile), executable_path=CHROMIUM, args=ARGS, headless=True,
                                                   viewport={"width": 1400, "height": 1000})
        yield ctx
        ctx.close()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def page(browser_context):
    pg = browser_context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.errors = errors
    yield pg
    pg.close()
    assert not errors, errors


def open_article(page, base, article_id):
    page.goto(f"{base}#/article/{article_id}")
    page.wait_for_selector("#article-text")


def test_seed_article_shows_highlighted_claims(server, page):
    base, fx = server
    seed = fx["seed"]
    open_article(page, base, seed.article.id)
    assert page.inner_text("#article-title") == seed.article.title
    messages = page.locator("#article-text .L-messages")
    assert messages.count() > 0
    shown = "".join(messages.all_text_contents())
    for claim in seed.claims:
        assert claim.message.text.replace("\n", "") in shown
    cues = page.locator("#article-text .L-cues").all_text_contents()
    assert "berichtete" in cues and "sagte" in cues
    colour = page.eval_on_selector("#article-text .L-messages", "n => getComputedStyle(n).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")

    # hovering a span shows its record: the Washington Post claim and its chain
    first = seed.claims[0]
    seg = page.locator(f'#article-text .seg[data-start="{first.message.start}"]')
    seg.hover()
    tip = page.locator("#tip")
    tip.wait_for(state="visible")
    assert "Claim" in tip.inner_text() and "RT DE → Washington Post" in tip.inner_text()

    # switching the messages layer off removes the highlight and the record from hover
    page.uncheck("#layer-messages")
    colour = page.eval_on_selector("#article-text .L-messages:not(.L-speakers)", "n => getComputedStyle(n).backgroundColor")
    assert colour in ("rgba(0, 0, 0, 0)", "transparent")
    page.mouse.move(5, 5)
    seg.hover()
    assert "message" not in (tip.inner_text() if tip.is_visible() else "")


def test_source_references_layer(server, page):
    base, fx = server
    seed = fx["seed"]
    open_article(page, base, seed.article.id)
    assert not page.is_checked("#layer-sources")  # off at first: references mostly repeat the speakers
    post = next(m for s in seed.sources for m in s.mentions if m.text == "Die Post")
    seg = page.locator(f'#article-text .L-sources[data-start="{post.start}"]')
    assert seg.text_content() == "Die Post"
    assert seg.evaluate("n => getComputedStyle(n).outlineStyle") == "none"
    page.check("#layer-sources")
    assert seg.evaluate("n => getComputedStyle(n).outlineStyle") == "dashed"
    seg.hover()
    page.locator("#tip").wait_for(state="visible")
    tip = page.inner_text("#tip")
    assert "Source (medium)" in tip and "Washington Post" in tip and "RT DE" in tip


def test_source_chain_graph(server, page):
    base, fx = server
    seed = fx["seed"]
    open_article(page, base, seed.article.id)
    page.click("#tab-chain")
    graph = page.locator("#chain-graph")
    graph.wait_for(state="visible")
    assert page.locator("#pane-text").is_hidden()
    outlet = graph.locator('g.node[data-kind="outlet"]')
    assert outlet.count() == 1 and "RT DE" in outlet.text_content()
    assert "Washington Post" in graph.locator('g.node[data-kind="medium"]').text_content()
    assert graph.locator('g.node[data-kind="claim"]').count() == len(seed.claims)
    # an edge runs from the medium to the anonymous officials it quotes
    wapo_id = next(s.id for s in seed.sources if s.name == "Washington Post")
    officials_id = next(s.id for s in seed.sources if s.name.startswith("Mit den Diskussionen"))
    assert graph.locator(f'path.edge[data-source="{wapo_id}"][data-target="{officials_id}"]').count() == 1
    # clicking a claim leads back to it in the text
    graph.locator(f'g.node[data-id="{seed.claims[1].id}"]').click()
    page.locator("#pane-text").wait_for(state="visible")
    flashed = "".join(page.locator("#article-text .flash").all_text_contents())
    assert flashed == seed.claims[1].message.text


def test_entity_page_from_article(server, page):
    base, fx = server
    open_article(page, base, fx["seed"].article.id)
    page.click('#side a[href="#/entity/ent_selenskyj"]')
    page.wait_for_selector("#entity-name")
    assert page.url.endswith("#/entity/ent_selenskyj")
    assert "Wolodymyr Selenskyj" in page.inner_text("#entity-name")
    variants = page.inner_text("#variants")
    assert "Wladimir Selenskyj × 1" in variants and "Wolodymyr Selenskyj × 1" in variants
    bars = page.locator("#mention-chart rect.bar")
    assert sorted(bars.evaluate_all("ns => ns.map(n => n.dataset.outlet)")) == ["Kiew Kurier", "RT DE"]
    body = page.inner_text(".entity-view")
    assert "Claims it made (2)" in body
    assert "nach einer NATO-Mitgliedschaft ergänzen" in body


def test_story_page_points_at_both_spans(server, page):
    base, fx = server
    page.goto(f"{base}#/story/sty_peacekeepers")
    page.wait_for_selector("#outlets")
    cols = page.locator(".outlet-col").evaluate_all("ns => ns.map(n => n.dataset.outlet)")
    assert sorted(cols) == ["Kiew Kurier", "RT DE"]
    assert page.locator("#timeline g.tl-event").count() == 4
    pair = page.locator(".flag-pair.kind-contradiction")
    links = pair.locator("a")
    assert links.count() == 2
    flag = fx["counter"].flags[0]
    hrefs = links.evaluate_all("ns => ns.map(n => n.getAttribute('href'))")
    assert f"#/article/{flag.article_id}?hl={flag.span.start}-{flag.span.end}" in hrefs
    assert f"#/article/{flag.other_article_id}?hl={flag.other_span.start}-{flag.other_span.end}" in hrefs
    links.nth(1).click()
    page.wait_for_selector("#article-text .flash")
    assert "".join(page.locator("#article-text .flash").all_text_contents()) == flag.other_span.text


def test_search_box(server, page):
    base, _ = server
    page.goto(base)
    page.wait_for_selector("#counts")
    page.fill("#search-q", "Putin")
    page.press("#search-q", "Enter")
    page.wait_for_selector(".search-view")
    assert page.locator('#entity-results a[href="#/entity/ent_putin"]').count() == 1
    assert page.locator("#article-results li").count() == 1


def test_hostile_article_markup_is_text(server, page):
    base, fx = server
    hostile = fx["hostile"].article
    open_article(page, base, hostile.id)
    assert page.evaluate("window.__pwned") is None
    assert page.title() != "pwned"
    assert "<script>window.__pwned = 1;" in page.inner_text("#article-text")
    assert '<img src=x onerror="window.__pwned = 2">' in page.inner_text("#article-text")
    assert "<i>Evil</i> Outlet" in page.inner_text(".meta")
    assert page.locator("#view script, #view img, #view i, #view [onerror], #view [onload]").count() == 0
    page.locator("#article-text .L-messages").first.hover()  # the record's text in the tooltip, too
    page.locator("#tip").wait_for(state="visible")
    page.click("#tab-chain")
    page.wait_for_selector("#chain-graph")
    page.goto(f"{base}#/search?q=script")
    page.wait_for_selector(".search-view")
    page.goto(f"{base}#/flags")
    page.wait_for_selector("table.records")
    assert page.evaluate("window.__pwned") is None
    assert page.locator("script").count() == 1  # only the app's own module


def test_api_under_parallel_requests(server):
    """FastAPI runs sync endpoints in a thread pool over one DuckDB connection: nothing may break."""
    from concurrent.futures import ThreadPoolExecutor

    base, fx = server
    urls = [f"api/articles/{fx['seed'].article.id}", "api/articles?q=Ukraine", "api/claims?source=Washington",
            "api/entities/ent_selenskyj", "api/stories/sty_peacekeepers", "api/events?type=CONSULT", "api/search?q=NATO"]

    def fetch(url):
        with urllib.request.urlopen(base + url, timeout=30) as r:
            return r.status, len(r.read())

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(fetch, urls * 6))
    assert all(status == 200 for status, _ in results)
    # the same request answers the same bytes every time
    for i, url in enumerate(urls):
        assert len({n for (_, n), u in zip(results, urls * 6) if u == url}) == 1, urls[i]


def test_add_articles_from_the_browser(server, page, tmp_path):
    base, _ = server
    sentences = SEED.read_text("utf-8").split(". ")
    pasted = "Truppen für die Ukraine?\n" + ". ".join(sentences[1:4]) + "."
    page.goto(f"{base}#/ingest")
    page.fill("#in-text", pasted)
    page.fill("#in-outlet", "Eingefügt")
    page.fill("#in-language", "de")
    page.click("#ingest-text button[type=submit]")
    page.wait_for_selector("#ingest-result", timeout=60_000)
    assert page.inner_text("#ingest-result").startswith("stored 1,")
    page.click("#ingest-out a")
    page.wait_for_selector("#article-text")
    assert page.inner_text("#article-title") == "Truppen für die Ukraine?"
    assert "Eingefügt" in page.inner_text(".meta")

    upload = tmp_path / "bericht.txt"
    upload.write_text("Ein zweiter Bericht\n" + ". ".join(sentences[5:8]) + ".", "utf-8")
    page.goto(f"{base}#/ingest")
    page.set_input_files("#in-file", str(upload))
    page.click("#ingest-file button[type=submit]")
    page.wait_for_selector("#ingest-result", timeout=60_000)
    assert page.inner_text("#ingest-result").startswith("stored 1,")
    page.goto(f"{base}#/ingest")
    page.fill("#in-text", "zu kurz")
    page.click("#ingest-text button[type=submit]")
    page.wait_for_selector("#ingest-error")
    assert "empty" in page.inner_text("#ingest-error")
