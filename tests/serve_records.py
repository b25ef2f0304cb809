"""Hand-built analyses for the API and UI tests, so they do not wait on the extractors.

The seed article is the real one (newsgraph/data/samples/seed_de.txt); its records are
placed by finding their text in it, the way an annotator would mark them. The second
article is a short counter-report written for these tests (it is no real outlet's text):
it exists to give the story page two outlets and a contradiction to point at. The hostile
article carries markup that must be shown as text and never run.
"""

from __future__ import annotations

import re
from pathlib import Path

from newsgraph.ingest.articles import build_article
from newsgraph.ingest.readers import RawItem
from newsgraph.model import (
    Actor,
    Analysis,
    Certainty,
    Claim,
    ClaimMode,
    Entity,
    Event,
    Flag,
    Mention,
    Modality,
    Source,
    SourceKind,
    Story,
    TimeExpression,
    stable_id,
)

SEED = Path(__file__).resolve().parent.parent / "newsgraph" / "data" / "samples" / "seed_de.txt"

ENTITIES = {
    "ent_selenskyj": ("Wolodymyr Selenskyj", "PER", ["Wolodymyr Selenskyj", "Wladimir Selenskyj", "Selenskyj"]),
    "ent_putin": ("Wladimir Putin", "PER", ["Wladimir Putin", "Putin"]),
    "ent_trump": ("Donald Trump", "PER", ["Donald Trump", "Trump"]),
    "ent_macron": ("Emmanuel Macron", "PER", ["Emmanuel Macron", "Macron"]),
    "ent_rutte": ("Mark Rutte", "PER", ["Mark Rutte"]),
    "ent_ukraine": ("Ukraine", "LOC", ["Ukraine"]),
    "ent_nato": ("NATO", "ORG", ["NATO"]),
    "ent_wapo": ("The Washington Post", "ORG", ["Washington Post"]),
}


def _find(text: str, needle: str, after: str = "") -> tuple[int, int]:
    base = text.index(after) if after else 0
    start = text.index(needle, base)
    return start, start + len(needle)


class Builder:
    def __init__(self, analysis: Analysis) -> None:
        self.a = analysis
        self.art = analysis.article

    def span(self, needle: str, after: str = ""):
        return self.art.span(*_find(self.art.text, needle, after))

    def mentions(self, entities: dict) -> None:
        text = self.art.text
        taken: list[tuple[int, int]] = []
        for eid, (_name, typ, forms) in entities.items():
            for form in sorted(forms, key=len, reverse=True):
                for m in re.finditer(rf"\b{re.escape(form)}\b", text):
                    if any(m.start() < e and s < m.end() for s, e in taken):
                        continue
                    taken.append((m.start(), m.end()))
                    self.a.mentions.append(Mention(id=stable_id("men", self.art.id, m.start()), article_id=self.art.id,
                                                   span=self.art.span(m.start(), m.end()), type=typ, entity_id=eid))
        self.a.mentions.sort(key=lambda m: m.span.start)
        used = {m.entity_id for m in self.a.mentions}
        self.a.entities = [Entity(id=eid, name=n, type=t, variants=f) for eid, (n, t, f) in entities.items() if eid in used]

    def source(self, key: str, kind: SourceKind, name: str, needle: str | None, parent: str | None = None,
               entity_id: str | None = None, after: str = "", refs: tuple[str, ...] = ()) -> str:
        sid = f"src_{key}_{self.art.id[-6:]}"
        self.a.sources.append(Source(id=sid, article_id=self.art.id, kind=kind, name=name,
                                     span=self.span(needle, after) if needle else None,
                                     mentions=[self.span(r) for r in refs], entity_id=entity_id, parent_id=parent))
        return sid

    def claim(self, message: str, cue: str, speaker: str, source_id: str, chain: list[str], mode=ClaimMode.indirect,
              certainty=Certainty.reported, after: str = "") -> Claim:
        c = Claim(id=stable_id("clm", self.art.id, message), article_id=self.art.id, message=self.span(message, after),
                  cue=self.span(cue, after), speaker=self.span(speaker, after), source_id=source_id, chain=chain,
                  mode=mode, certainty=certainty)
        self.a.claims.append(c)
        return c


def article(text: str, outlet: str, published: str, language: str = "de", url: str | None = None) -> Analysis:
    item = RawItem(text=text, source_path=f"test:{outlet}", title=text.strip().split("\n", 1)[0], url=url)
    return Analysis(article=build_article(item, 1, {"language": language, "published": published, "outlet": outlet}))


def seed_analysis() -> Analysis:
    a = article(SEED.read_text("utf-8"), "RT DE", "2024-12-21")
    b = Builder(a)
    aid = a.article.id
    b.mentions(ENTITIES)
    outlet = b.source("outlet", SourceKind.outlet, "RT DE", None)
    wapo = b.source("wapo", SourceKind.medium, "Washington Post", "Washington Post", outlet, "ent_wapo",
                    refs=("fügte die Zeitung", "Die Post"))
    officials = b.source("officials", SourceKind.anonymous, "Mit den Diskussionen vertraute Beamte",
                         "Mit den Diskussionen vertraute Beamte", wapo)
    diplomat = b.source("diplomat", SourceKind.anonymous, "europäischer Diplomat",
                        "ein namentlich nicht genannter europäischer Diplomat", wapo)
    selenskyj = b.source("selenskyj", SourceKind.person, "Selenskyj", "Selenskyj", outlet, "ent_selenskyj",
                         after="Selenskyj hat den")
    putin = b.source("putin", SourceKind.person, "Wladimir Putin", "der russische Präsident Wladimir Putin", outlet, "ent_putin")
    b.claim("Westeuropäische Staats- und Regierungschefs prüfen die Möglichkeit, im Rahmen eines möglichen "
            "Waffenstillstandsabkommens mit Russland Truppen in die Ukraine zu entsenden", "berichtete",
            "die Washington Post", wapo, [outlet, wapo], ClaimMode.indirect)
    b.claim("dass Trump Interesse bekundet, sich aber noch nicht auf eine Position festgelegt habe", "stellten fest",
            "Mit den Diskussionen vertraute Beamte", officials, [outlet, wapo, officials])
    b.claim("dass er die Bestrebungen der Ukraine nach einer NATO-Mitgliedschaft ergänzen und nicht ersetzen sollte",
            "betont", "Selenskyj", selenskyj, [outlet, selenskyj], after="Selenskyj hat den Vorschlag")
    b.claim("dass jede Vereinbarung diese Punkte berücksichtigen müsse", "betonte", "der russische Präsident Wladimir Putin",
            putin, [outlet, putin], after="Am Donnerstag bekräftigte")
    b.claim("„Wir brauchen etwas Nachhaltiges“", "sagte", "ein namentlich nicht genannter europäischer Diplomat",
            diplomat, [outlet, wapo, diplomat], ClaimMode.direct, Certainty.asserted)
    for needle, value, after in (("am Freitag", "2024-12-20", ""), ("am Mittwoch", "2024-12-18", ""),
                                 ("am Donnerstag", "2024-12-19", ""), ("im Februar", "2024-02", "")):
        a.times.append(TimeExpression(id=stable_id("tim", aid, needle), article_id=aid, span=b.span(needle, after), value=value))
    a.events.append(Event(id=stable_id("evt", aid, 1), article_id=aid, type="CONSULT", span=b.span("Treffens am Mittwoch in Brüssel"),
                          trigger=b.span("Treffens"), date="2024-12-18",
                          source_actor=Actor(name="Mark Rutte", entity_id="ent_rutte", span=b.span("Mark Rutte")),
                          target_actor=Actor(name="Wladimir Selenskyj", entity_id="ent_selenskyj", span=b.span("Wladimir Selenskyj")),
                          location=Actor(name="Brüssel"), modality=Modality.happened))
    a.events.append(Event(id=stable_id("evt", aid, 2), article_id=aid, type="MOBILIZE",
                          span=b.span("Truppen in die Ukraine zu entsenden"), trigger=b.span("entsenden"), date="2024-12-20",
                          target_actor=Actor(name="Ukraine", entity_id="ent_ukraine"), modality=Modality.considered,
                          claim_id=a.claims[0].id))
    a.events.append(Event(id=stable_id("evt", aid, 3), article_id=aid, type="CONSULT",
                          span=b.span("seine Bereitschaft zu Friedensgesprächen mit der Ukraine"), trigger=b.span("Friedensgesprächen"),
                          date="2024-12-19", source_actor=Actor(name="Wladimir Putin", entity_id="ent_putin"),
                          target_actor=Actor(name="Ukraine", entity_id="ent_ukraine"), modality=Modality.possible))
    a.flags.append(Flag(id=stable_id("flg", aid, "glued"), article_id=aid, kind="glued_sentence",
                        span=b.span("müsse Wichtige"), reason="sentence boundary without punctuation"))
    a.flags.append(Flag(id=stable_id("flg", aid, "topic"), article_id=aid, kind="off_topic",
                        span=b.span("und des Klimawandels"), reason="climate change in a passage about security guarantees"))
    return a


COUNTER = ("Kein Plan für Friedenstruppe, sagt Kiew\n"
           "Der ukrainische Präsident Wolodymyr Selenskyj hat am Freitag in Kiew erklärt, die Ukraine lehne eine "
           "europäische Friedenstruppe ohne NATO-Beitritt ab. Ein Sprecher der NATO sagte, es gebe keinen Plan für "
           "eine Friedenstruppe.")


def counter_analysis(seed: Analysis) -> Analysis:
    a = article(COUNTER, "Kiew Kurier", "2024-12-22")
    b = Builder(a)
    aid = a.article.id
    b.mentions({k: ENTITIES[k] for k in ("ent_selenskyj", "ent_ukraine", "ent_nato")})
    outlet = b.source("outlet", SourceKind.outlet, "Kiew Kurier", None)
    nato = b.source("nato", SourceKind.organisation, "Sprecher der NATO", "Ein Sprecher der NATO", outlet, "ent_nato")
    sel = b.source("selenskyj", SourceKind.person, "Wolodymyr Selenskyj", "Wolodymyr Selenskyj", outlet, "ent_selenskyj")
    b.claim("die Ukraine lehne eine europäische Friedenstruppe ohne NATO-Beitritt ab", "erklärt",
            "Der ukrainische Präsident Wolodymyr Selenskyj", sel, [outlet, sel])
    c = b.claim("es gebe keinen Plan für eine Friedenstruppe", "sagte", "Ein Sprecher der NATO", nato, [outlet, nato])
    a.times.append(TimeExpression(id=stable_id("tim", aid, 1), article_id=aid, span=b.span("am Freitag"), value="2024-12-20"))
    a.events.append(Event(id=stable_id("evt", aid, 1), article_id=aid, type="REJECT",
                          span=b.span("lehne eine europäische Friedenstruppe ohne NATO-Beitritt ab"), trigger=b.span("lehne"),
                          date="2024-12-20", source_actor=Actor(name="Ukraine", entity_id="ent_ukraine"),
                          modality=Modality.happened, claim_id=a.claims[0].id))
    a.flags.append(Flag(id=stable_id("flg", aid, "contra"), article_id=aid, kind="contradiction", span=c.message,
                        reason="a plan under discussion vs. no plan", other_article_id=seed.article.id,
                        other_span=seed.claims[0].message, story_id=STORY_ID))
    return a


HOSTILE = ("Angriff <script>window.__pwned = 1; document.title = 'pwned'</script> auf die Seite\n"
           "Der Text enthält <img src=x onerror=\"window.__pwned = 2\"> und <b>fett</b> sowie "
           "\"><svg onload=\"window.__pwned = 3\"> als bloße Zeichen; ein Leser soll sie sehen, der Browser nie ausführen.")


def hostile_analysis() -> Analysis:
    a = article(HOSTILE, "<i>Evil</i> Outlet", "2024-12-23")
    b = Builder(a)
    aid = a.article.id
    outlet = b.source("outlet", SourceKind.outlet, "<script>window.__pwned=4</script>", None)
    a.claims.append(Claim(id=stable_id("clm", aid, 1), article_id=aid, message=b.span("<img src=x onerror=\"window.__pwned = 2\">"),
                          cue=b.span("enthält"), speaker=b.span("Der Text"), source_id=outlet, chain=[outlet]))
    a.flags.append(Flag(id=stable_id("flg", aid, 1), article_id=aid, kind="markup", span=b.span("<b>fett</b>"),
                        reason="<script>window.__pwned=5</script>"))
    return a


STORY_ID = "sty_peacekeepers"


def story(seed: Analysis, counter: Analysis) -> Story:
    return Story(id=STORY_ID, title="Europäische Friedenstruppe für die Ukraine",
                 article_ids=[seed.article.id, counter.article.id], outlets=["RT DE", "Kiew Kurier"], languages=["de"],
                 start=seed.article.published, end=counter.article.published,
                 entity_ids=["ent_selenskyj", "ent_ukraine", "ent_nato"])


def fill(store) -> dict[str, Analysis]:
    """Write all fixtures into ``store``; returns them by role."""
    seed = seed_analysis()
    counter = counter_analysis(seed)
    hostile = hostile_analysis()
    store.put_analyses([seed, counter, hostile])
    store.put_stories([story(seed, counter)])
    return {"seed": seed, "counter": counter, "hostile": hostile}
