"""link.records: sources, claims and events of the seed article carry the entities the
link stage found (default pipeline, as ``newsgraph ingest`` runs it)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsgraph.link import government_of
from newsgraph.link.mentions import link_article
from newsgraph.link.records import link_records
from newsgraph.model import Actor, Analysis, Article, Claim, Event, Mention, Source, SourceKind, Span
from newsgraph.pipeline import Pipeline

SEED = Path(__file__).resolve().parent.parent / "newsgraph/data/samples/seed_de.txt"


@pytest.fixture(scope="module")
def seed() -> Analysis:
    p = Pipeline()
    assert [n for n, _ in p.components].index("link.records") > [n for n, _ in p.components].index("link.mentions")
    return p.analyse_text(SEED.read_text("utf-8"), language="de", published="2024-12-21")


def _entity_at(a: Analysis, span: Span) -> set[str | None]:
    """Entities of the mentions overlapping ``span`` (a source span may include the article)."""
    return {m.entity_id for m in a.mentions if m.span.overlaps(span) and m.entity_id}


def test_washington_post_source_and_its_references(seed):
    (post,) = [s for s in seed.sources if s.kind == SourceKind.medium and "Post" in s.name]
    assert post.entity_id == "ent_washington_post"
    assert post.mentions, "the extractor found later references (die Zeitung, Die Post, dem Medium)"
    for sp in post.mentions:
        assert _entity_at(seed, sp) == {"ent_washington_post"}, sp.text


def test_anonymous_sources_have_no_entity(seed):
    anon = [s for s in seed.sources if s.kind == SourceKind.anonymous]
    assert anon and all(s.entity_id is None for s in anon)


def test_claims_speak_through_their_sources_entity(seed):
    by_id = {s.id: s for s in seed.sources}
    putin = [c for c in seed.claims if c.speaker and "Putin" in c.speaker.text]
    assert putin and all(by_id[c.source_id].entity_id == "ent_vladimir_putin" for c in putin)
    # pronoun speakers ("Er bekräftigte …") become PRON mentions of the source's entity
    er = [c for c in seed.claims if c.speaker and c.speaker.text == "Er"]
    assert er
    for c in er:
        assert _entity_at(seed, c.speaker) == {by_id[c.source_id].entity_id} != {None}
        assert any(m.type == "PRON" for m in seed.mentions if m.span.start == c.speaker.start)
    # every entity a record points to is in analysis.entities
    ids = {e.id for e in seed.entities}
    assert {s.entity_id for s in seed.sources if s.entity_id} <= ids


def _actors(a: Analysis):
    for e in a.events:
        for role in ("source_actor", "target_actor", "location"):
            if getattr(e, role) is not None:
                yield role, getattr(e, role)


def test_event_actors_carry_ids(seed):
    # which actors extract.events finds changes as it improves; what must hold is that an
    # actor naming a linked entity carries its id
    names = [m for m in seed.mentions if m.type in ("PER", "ORG", "LOC") and m.entity_id]
    checked = 0
    for role, act in _actors(seed):
        heads = [m for m in names if m.span.overlaps(act.span) and m.span.end == act.span.end]
        if not heads:
            continue
        checked += 1
        want = {heads[0].entity_id}
        if role != "location" and heads[0].entity_id.startswith("ent_city_"):
            want = {government_of(heads[0].entity_id)}  # a capital acting is its state
        assert act.entity_id in want, (role, act.span.text, act.entity_id, want)
    assert checked >= 5
    linked = {a.entity_id for _, a in _actors(seed)}
    assert {"ent_volodymyr_zelensky", "ent_vladimir_putin"} <= linked
    moskau_actor = [a for r, a in _actors(seed) if r != "location" and a.span.text == "Moskau"]
    moskau_place = [a for r, a in _actors(seed) if r == "location" and a.span.text == "Moskau"]
    assert all(a.entity_id == "ent_country_ru" for a in moskau_actor)  # the Russian state
    assert all(a.entity_id == "ent_city_moscow" for a in moskau_place)  # the city
    assert moskau_actor or moskau_place
    assert all(a.actor_type for _, a in _actors(seed) if a.entity_id)


def test_actor_spans_link_to_the_name_at_their_head():
    # spans as extract.events wrote them for the seed article (before its parser changed)
    text = SEED.read_text("utf-8")
    a = _art(text)
    link_article(a)
    i, j = text.index("NATO-Chef Mark Rutte"), text.index("ukrainische Staatschef Wladimir Selenskyj")
    k = text.index("mit Moskau") + 4
    a.events.append(Event(id="e1", article_id="t", type="CONSULT", span=a.article.span(i, j + 41),
                          source_actor=Actor(span=a.article.span(i, i + 20), name="NATO-Chef Mark Rutte"),
                          target_actor=Actor(span=a.article.span(j, j + 41), name="ukrainische Staatschef Wladimir Selenskyj"),
                          location=Actor(span=a.article.span(text.index("Brüssel"), text.index("Brüssel") + 7), name="Brüssel")))
    a.events.append(Event(id="e2", article_id="t", type="CONSULT", span=a.article.span(k - 10, k + 6),
                          target_actor=Actor(span=a.article.span(k, k + 6), name="Moskau", actor_type="government")))
    link_records(a)
    e1, e2 = a.events
    assert (e1.source_actor.entity_id, e1.target_actor.entity_id) == ("ent_mark_rutte", "ent_volodymyr_zelensky")
    assert e1.source_actor.actor_type == "igo"  # from the KB: the extractor left it empty
    assert e1.location.entity_id == "ent_city_brussels" and e1.location.span.label == "BEL"
    assert e2.target_actor.entity_id == "ent_country_ru" and e2.target_actor.actor_type == "government"


def _art(text: str) -> Analysis:
    return Analysis(article=Article(id="t", text=text, language="de", published=date(2024, 12, 21), outlet="derStandard"))


def test_person_source_is_not_the_organisation_it_speaks_for():
    text = "Ein Sprecher des Kremls sagte am Freitag, man sei zu Gesprächen bereit."
    a = _art(text)
    i = text.index("Kremls")
    a.mentions.append(Mention(id="m1", article_id="t", span=a.article.span(i, i + 6), type="ORG", entity_id="ent_kremlin"))
    a.sources.append(Source(id="s1", article_id="t", kind=SourceKind.person, name="Sprecher des Kremls",
                            span=a.article.span(4, i + 6)))
    a.sources.append(Source(id="s0", article_id="t", kind=SourceKind.outlet, name="derStandard"))
    link_records(a)
    assert a.sources[0].entity_id is None  # an unnamed spokesperson, not the Kremlin
    assert a.sources[1].entity_id == "ent_der_standard"  # the outlet, through the KB


def test_actor_without_mention_links_through_the_kb_only():
    text = "Soldaten griffen am Montag Stellungen bei Charkiw an."
    a = _art(text)
    a.events.append(Event(id="e1", article_id="t", type="ASSAULT", span=a.article.span(0, len(text)),
                          source_actor=Actor(span=a.article.span(0, 8), name="Soldaten"),
                          location=Actor(span=a.article.span(42, 49), name="Charkiw")))
    a.claims.append(Claim(id="c1", article_id="t", message=a.article.span(0, 8)))
    link_records(a)
    ev = a.events[0]
    assert ev.source_actor.entity_id is None  # a common noun is no entity
    from newsgraph.link import kb

    place = kb().record(ev.location.entity_id or "")
    assert place and place["type"] == "LOC" and place["name"] == "Charkiw" and place["country"] == "UA"
    assert ev.location.span.label == "UKR"  # the KB's country, in the extractor's ISO 3166 alpha-3 codes
    assert any(e.id == ev.location.entity_id for e in a.entities)
