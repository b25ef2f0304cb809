"""The German event extractor run on one sentence the way the pipeline runs it (parse, sentences,
times against a fixed publication date), for the event tests that switch one rule or lexicon at a time."""

import tomllib
from datetime import date

import pytest

import newsgraph.extract.event_lexicon as L
from newsgraph import nlp
from newsgraph.extract.events import EventExtractor
from newsgraph.extract.time import times_for
from newsgraph.model import Analysis, Article


def german_events(text, lex=None, settings=None):
    """Events of ``text``; ``lex`` replaces the lexicon, ``settings`` maps the extractor's settings to
    the variant under test. Skips where no trained German parser is in models/."""
    a = Analysis(article=Article(id="t", text=text, language="de", published=date(2016, 1, 15)))
    doc = nlp.load("de")(text)
    if not doc.has_annotation("DEP"):
        pytest.skip("no trained German parser in models/")
    nlp.sentences(a, doc)
    a.times = times_for(a, doc)
    ex = EventExtractor("de")
    if lex is not None:
        ex.lex = lex
    if settings is not None:
        ex.settings = settings(ex.settings)
    return ex.run(a, doc)



def parse_switches(monkeypatch, off, **on):
    """Fixture body: the [parse] settings of event_actors.toml as shipped but with every key of ``off`` false and
    ``on`` set, so a test holds whether a switch ships on or off."""
    from newsgraph.extract import event_parse_actors

    d = {**event_parse_actors.settings(), **{k: False for k in off}, **on}
    monkeypatch.setattr(event_parse_actors, "settings", lambda: d)


def actor_roles(s, etype):
    """(source, target) actor names of the first ``etype`` event of ``s``."""
    e = next(e for e in german_events(s) if e.type == etype)
    return (e.source_actor.name if e.source_actor else None, e.target_actor.name if e.target_actor else None)


def off_on(monkeypatch, s, etype, off, key):
    """actor_roles with every [parse] switch of ``off`` off, then with ``key`` alone on."""
    parse_switches(monkeypatch, off)
    before = actor_roles(s, etype)
    parse_switches(monkeypatch, off, **{key: True})
    return before, actor_roles(s, etype)

def more_trigger_lexicons(monkeypatch, emptied):
    """Fixture body: yields the German lexicon with [triggers_more] of events.toml as written and with the German
    lists of the types in ``emptied`` cleared (all types when True), so a test holds whether a list ships filled or
    empty; the cached lexicon is rebuilt after."""
    loads = tomllib.loads

    def build(filled: bool):
        def patched(text):
            d = loads(text)
            if not filled:
                for etype, by_lang in d.get("triggers_more", {}).items():
                    if emptied is True or etype in emptied:
                        by_lang["de"] = []
            return d

        monkeypatch.setattr(L, "tomllib", type("T", (), {"loads": staticmethod(patched)}))
        L.lexicon.cache_clear()
        return L.lexicon("de")

    yield build(True), build(False)
    monkeypatch.undo()
    L.lexicon.cache_clear()
