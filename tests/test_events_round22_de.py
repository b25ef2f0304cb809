"""German events of round 22 (issue #5; models/events_type/MODEL_CARD.md, "Round 22 ... h5"): [classifier.senses] of
events.toml (extract/event_senses.py), trigger words that state no act the sentence reports.

Sentences of spent blind sets (heldout, fresh8, fresh17, fresh18; quotes-de: German Wikinews, CC BY-NC-SA 4.0) and
constructed controls. Each filter is set explicitly in each test (from the values events.toml ships, or none), so the
tests hold whether it ships on or off."""

import tomllib

import pytest

from newsgraph.extract.event_lexicon import CONFIG_DIR
from newsgraph.extract.event_senses import sense_filter
from newsgraph.extract.events import Hit

from .german_events import german_events

SENSES = tomllib.loads((CONFIG_DIR / "events.toml").read_text("utf-8"))["classifier"]["senses"]


def _types(text, keys):
    """Event (type, trigger) pairs of ``text`` with only the ``[classifier.senses]`` filters ``keys`` on."""

    def settings(s):
        return {**s, "senses": {k: v for k, v in SENSES.items() if k in keys}}

    return {(e.type, e.trigger.text) for e in german_events(text, settings=settings)}


@pytest.mark.parametrize("text, etype, keys", [
    # heldout: the protesters are addressed, no protest is reported
    ("Oppositionspolitiker und Mitglieder der Militärjunta wandten sich an die Demonstranten.", "PROTEST",
     ("participants",)),
    # fresh8: a law made after the attacks of 2001 (article of 2006 here: 2016)
    ("Die Gesetze wurden als Reaktion auf die Terroranschläge vom 11. September 2001 erlassen.", "ASSAULT",
     ("historical", "historical_types")),
    # heldout: a typhoon's death toll, not a demand
    ("Zwölf Todesopfer forderte ein Taifun, der am Sonntag den Norden der Philippinen heimsuchte.", "REQUEST",
     ("idioms",)),
    # fresh17: a handball result
    ("Außerdem hatte Spanien Tschechien mit 33:25 (14:9) geschlagen.", "ASSAULT", ("sport_context", "sport_senses")),
])
def test_a_word_in_no_act_sense_is_no_event(text, etype, keys):
    assert etype in {t for t, _ in _types(text, ())}  # the lexicon's hit, filter off
    assert etype not in {t for t, _ in _types(text, keys)}


@pytest.mark.parametrize("text, etype", [
    ("Tausende Menschen demonstrierten am Montag in Berlin gegen die Regierung.", "PROTEST"),
    ("Die Gewerkschaft forderte am Montag höhere Löhne für die Beschäftigten.", "REQUEST"),
    ("Bei einem Terroranschlag in Jakarta sind am Donnerstag sieben Menschen getötet worden.", "ASSAULT"),
])
def test_the_act_itself_stays_an_event_with_every_filter_on(text, etype):
    assert etype in {t for t, _ in _types(text, tuple(SENSES))}


def test_filters_on_the_hits_alone():
    # no parse needed: the filters read the words and the publication year
    from datetime import date

    sent = "Mit Hilfe von Windenergie soll Wasserstoff produziert werden; die Hilfe des Landes kam am Montag."
    hits = [Hit("AID", 4, 9, "Hilfe"), Hit("AID", sent.index("Hilfe des"), sent.index("Hilfe des") + 5, "Hilfe")]
    assert [h.start for h in sense_filter(SENSES, "de", sent, hits)] == [hits[1].start]
    assert sense_filter({}, "de", sent, hits) == hits  # off
    assert sense_filter(SENSES, "en", sent, hits) == hits  # German only
    old = "Das Massaker von Srebrenica 1995 wurde zum Völkermord erklärt."
    h = [Hit("ASSAULT", 4, 12, "Massaker")]
    assert sense_filter(SENSES, "de", old, h, date(2007, 2, 27)) == []
    assert sense_filter(SENSES, "de", old, h, date(1996, 2, 27)) == h  # a year ago: news, not history
